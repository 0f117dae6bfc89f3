import * as React from 'react';

import { Button, Field, Flex, TextInput, Textarea, Toggle, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage, useAdminGet } from '../hooks/useAdminRequest';
import type { BotSettings } from '../types';

type FieldErrors = Record<string, string>;

const fieldErrorsOf = (error: unknown): FieldErrors => {
  const details = (error as { response?: { data?: { error?: { details?: { errors?: Array<{ path: string[]; message: string }> } } } } })?.response?.data?.error
    ?.details?.errors;
  return Object.fromEntries((details ?? []).map((issue) => [issue.path.join('.'), issue.message]));
};

/** A community's bot settings: SMS code before first use, greeting, approved templates. */
export const SettingsForm = ({ communityId, canEdit }: { communityId: number; canEdit: boolean }) => {
  const { state } = useAdminGet<BotSettings>('/whatsapp-bot/settings', { communityId });
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = React.useState<BotSettings | null>(null);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [saving, setSaving] = React.useState(false);

  React.useEffect(() => {
    if (state.status === 'ok') setDraft(state.data);
  }, [state]);

  if (state.status === 'loading' || !draft) return <Typography>Loading…</Typography>;
  if (state.status !== 'ok') return <Typography textColor="danger600">{state.message}</Typography>;

  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      const response = await put<{ data: BotSettings }>(`/whatsapp-bot/settings?communityId=${communityId}`, {
        requireOtp: draft.requireOtp,
        greeting: draft.greeting ?? null,
        // Only super admins get (and may set) the templates.
        ...(draft.templates
          ? {
              templates: {
                introductionRequest: draft.templates.introductionRequest || null,
                introductionAccepted: draft.templates.introductionAccepted || null,
              },
            }
          : {}),
      });
      setDraft(response.data.data);
      toggleNotification({ type: 'success', message: 'Saved' });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const template = (name: 'introductionRequest' | 'introductionAccepted', label: string, hint: string, templates: NonNullable<BotSettings['templates']>) => (
    <Field.Root name={name} hint={hint} error={errors[`templates.${name}`]}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        placeholder="HX…"
        disabled={!canEdit}
        value={templates[name] ?? ''}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, templates: { ...templates, [name]: event.target.value.trim() } })
        }
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="wa-settings">
      <Field.Root name="requireOtp" hint="WhatsApp already proves the sender owns the number; turn this on to also ask for an SMS code before first use.">
        <Field.Label>SMS code before first use</Field.Label>
        <Toggle
          onLabel="On"
          offLabel="Off"
          disabled={!canEdit}
          checked={draft.requireOtp}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, requireOtp: event.target.checked })}
        />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="greeting" hint="Sent to a member on their first message. Leave empty for the standard greeting." error={errors.greeting}>
        <Field.Label>Greeting</Field.Label>
        <Textarea
          name="greeting"
          disabled={!canEdit}
          value={draft.greeting ?? ''}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, greeting: event.target.value })}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {draft.templates ? (
        <>
          {template(
            'introductionRequest',
            'Introduction request template',
            'Approved Content template for asking a member outside their 24-hour window. Variables: {{1}} requester, {{2}} community, {{3}} the 4-digit code the member answers with (YES {{3}}).',
            draft.templates
          )}
          {template('introductionAccepted', 'Introduction accepted template', 'Sent to a requester outside their window. Variables: {{1}} name, {{2}} phone, {{3}} email.', draft.templates)}
        </>
      ) : null}
      {canEdit ? (
        <Flex>
          <Button loading={saving} onClick={() => void save()}>
            Save
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
