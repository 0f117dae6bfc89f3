import * as React from 'react';

import { Alert, Box, Button, Field, Flex, Grid, LinkButton, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

type Plan = { id: string; name: string; memberLimit: number | null; searchLimitPerMonth: number | null };

type Created = {
  data: { documentId: string; name: string; slug: string; plan: string; memberLimit: number | null; searchLimitPerMonth: number | null };
  meta: {
    admin: { email: string; registrationUrl: string | null; existingAccount: boolean; invitationEmail?: 'sent' | 'failed' | 'not-configured' };
    apiToken: { accessKey: string };
    importTemplateUrl: string;
  };
};

type FieldErrors = Record<string, string>;
type FailedRequest = { response?: { data?: { error?: { message?: string; details?: { errors?: Array<{ path: string[]; message: string }> } } } } };

const EMPTY = { name: '', slug: '', plan: 'free', whatsappNumber: '', adminName: '', adminEmail: '', adminPhone: '' };

/** What a slug for a name would be: lowercase words joined by hyphens. */
const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

const limitText = (value: number | null, unit: string) => (value === null ? `unlimited ${unit}` : `${value.toLocaleString()} ${unit}`);

const INVITATION_TEXT = {
  sent: 'The invitation was emailed to them.',
  failed: 'The invitation email could not be sent: give them the link below.',
  'not-configured': 'No mail server is configured: give them the link below.',
} as const;

const Copyable = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Field.Root name={testId}>
    <Field.Label>{label}</Field.Label>
    <Flex gap={2}>
      <Box grow={1}>
        <TextInput readOnly value={value} data-testid={testId} />
      </Box>
      <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(value)}>
        Copy
      </Button>
    </Flex>
  </Field.Root>
);

/** A super admin's screen to start a community: the community, its first admin, its API token. */
const NewCommunityPage = () => {
  const { get, post } = useFetchClient();
  const [plans, setPlans] = React.useState<Plan[] | null>(null);
  const [form, setForm] = React.useState(EMPTY);
  const [slugEdited, setSlugEdited] = React.useState(false);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [created, setCreated] = React.useState<Created | null>(null);

  React.useEffect(() => {
    get<{ data: Plan[] }>('/community-onboarding/plans')
      .then((response) => setPlans(response.data.data))
      .catch(() => setPlans([]));
  }, [get]);

  const set = (field: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setForm((current) => ({ ...current, [field]: value, ...(field === 'name' && !slugEdited ? { slug: slugify(value) } : {}) }));
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(null);
    const data = {
      name: form.name,
      slug: form.slug,
      plan: form.plan,
      ...(form.whatsappNumber.trim() ? { whatsappNumber: form.whatsappNumber.trim() } : {}),
      admin: { name: form.adminName, email: form.adminEmail, ...(form.adminPhone.trim() ? { phone: form.adminPhone.trim() } : {}) },
    };
    try {
      const response = await post<Created>('/community-onboarding/communities', { data });
      setCreated(response.data);
    } catch (error) {
      const details = (error as FailedRequest).response?.data?.error;
      setErrors(Object.fromEntries((details?.details?.errors ?? []).map((issue) => [issue.path.join('.'), issue.message])));
      setFailure(details?.message ?? 'The community could not be created');
    } finally {
      setSaving(false);
    }
  };

  if (plans === null) return <Page.Loading />;

  const field = (name: keyof typeof EMPTY, label: string, errorKey: string, hint?: string, onChange = set(name)) => (
    <Field.Root name={name} error={errors[errorKey]} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={form[name]} onChange={onChange} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Page.Main>
      <Page.Title>New community</Page.Title>
      <Layouts.Header title="New community" subtitle="Create a community, invite its first admin and get its API token" />
      <Layouts.Content>
        {created ? (
          <Flex direction="column" alignItems="stretch" gap={4} data-testid="onboarding-result">
            <Alert variant="success" title={`${created.data.name} is ready`} closeLabel="Close">
              Plan {created.data.plan}: {limitText(created.data.memberLimit, 'members')}, {limitText(created.data.searchLimitPerMonth, 'searches a month')}.{' '}
              {created.meta.admin.existingAccount
                ? `${created.meta.admin.email} already had an admin account and now manages it.`
                : INVITATION_TEXT[created.meta.admin.invitationEmail ?? 'not-configured']}
            </Alert>
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {created.meta.admin.registrationUrl ? (
                  <Copyable label={`Registration link for ${created.meta.admin.email}`} value={created.meta.admin.registrationUrl} testId="onboarding-registration-url" />
                ) : null}
                <Copyable label="Community API token (shown once: store it now)" value={created.meta.apiToken.accessKey} testId="onboarding-api-token" />
                <Copyable label="Member import template (CSV)" value={created.meta.importTemplateUrl} testId="onboarding-template-url" />
                <Typography variant="pi" textColor="neutral600">
                  Next: import members from the member list (Import button), then try a search.
                </Typography>
                <Flex gap={2}>
                  <LinkButton tag={Link} to={`/content-manager/collection-types/api::community.community/${created.data.documentId}`} variant="secondary">
                    Open the community
                  </LinkButton>
                  <Button
                    variant="tertiary"
                    onClick={() => {
                      setCreated(null);
                      setForm(EMPTY);
                      setSlugEdited(false);
                    }}
                  >
                    Create another
                  </Button>
                </Flex>
              </Flex>
            </Box>
          </Flex>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <Flex direction="column" alignItems="stretch" gap={6}>
                {failure ? (
                  <Alert variant="danger" title="Not created" closeLabel="Close" onClose={() => setFailure(null)}>
                    {failure}
                  </Alert>
                ) : null}
                <Typography variant="delta" tag="h2">
                  Community
                </Typography>
                <Grid.Root gap={4}>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    {field('name', 'Name', 'name')}
                  </Grid.Item>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    {field('slug', 'Slug', 'slug', 'Used in links and the X-Community header, e.g. iitm-alumni', (event) => {
                      setSlugEdited(true);
                      set('slug')(event);
                    })}
                  </Grid.Item>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    <Field.Root name="plan" error={errors.plan}>
                      <Field.Label>Plan</Field.Label>
                      <SingleSelect value={form.plan} onChange={(value: string | number) => setForm((current) => ({ ...current, plan: String(value) }))}>
                        {plans.map((plan) => (
                          <SingleSelectOption key={plan.id} value={plan.id}>
                            {`${plan.name} — ${limitText(plan.memberLimit, 'members')}, ${limitText(plan.searchLimitPerMonth, 'searches a month')}`}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Error />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    {field('whatsappNumber', 'WhatsApp number (optional)', 'whatsappNumber', 'The Twilio WhatsApp sender members write to, e.g. +14155550100')}
                  </Grid.Item>
                </Grid.Root>
                <Typography variant="delta" tag="h2">
                  First admin
                </Typography>
                <Grid.Root gap={4}>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    {field('adminName', 'Name', 'admin.name')}
                  </Grid.Item>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    {field('adminEmail', 'Email', 'admin.email')}
                  </Grid.Item>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    {field('adminPhone', 'Phone (optional)', 'admin.phone')}
                  </Grid.Item>
                </Grid.Root>
                <Flex>
                  <Button type="submit" loading={saving}>
                    Create community
                  </Button>
                </Flex>
              </Flex>
            </Box>
          </form>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default NewCommunityPage;
