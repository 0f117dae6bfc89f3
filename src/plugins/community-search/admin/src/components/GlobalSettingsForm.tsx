import * as React from 'react';

import { Alert, Box, Button, Field, Flex, Grid, NumberInput, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage } from '../hooks/useAdminGet';

export type RuntimeSettings = {
  /** `rules`, `llm` or a parser another plugin registered. */
  queryParser: string;
  llm: { baseUrl: string | null; model: string | null; temperature: number; timeoutMs: number };
  /** `local`, `openai` or an embedder another plugin registered. */
  embeddingsProvider: string;
  embeddings: { baseUrl: string | null; model: string | null; dimensions: number | null };
};
type Secret = { variable: string; masked: string | null; sentTo: string | null; inUse: boolean };
export type SettingsAnswer = {
  settings?: RuntimeSettings & { source: 'admin' | 'config'; updatedAt: string | null };
  secrets?: { llmApiKey: Secret; embeddingsApiKey: Secret };
  active: { queryParser: string; embeddingProvider: string; embeddingModel: string; embeddingDimensions: number };
  canEdit: boolean;
  /** Every registered choice, the built-in ones first (super admins only). */
  available?: { queryParsers: string[]; embeddingsProviders: string[] };
  reindexing?: boolean;
  reindexNeeded?: boolean;
};

const BUILT_IN_PARSERS = ['rules', 'llm'];
const BUILT_IN_EMBEDDERS = ['local', 'openai'];
/** Choices installed plugins registered, besides the built-in ones described above. */
const extraChoices = (available: string[] | undefined, builtIn: string[]) => (available ?? []).filter((name) => !builtIn.includes(name));

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const SecretLine = ({ secret }: { secret: Secret }) => (
  <Typography variant="pi" textColor="neutral600" data-testid={`cs-secret-${secret.variable}`}>
    {secret.masked
      ? `API key ${secret.masked} from ${secret.variable}${secret.inUse ? '' : ` (sent only to ${secret.sentTo ?? 'the URL set in the environment'})`}`
      : `No API key: set ${secret.variable} in the environment if the endpoint needs one.`}
  </Typography>
);

/**
 * The query parser and embeddings for every community (super admins). Applied without a restart;
 * API keys stay in the environment and are only shown masked.
 */
export const GlobalSettingsForm = ({ answer, onSaved }: { answer: SettingsAnswer; onSaved: (next: SettingsAnswer) => void }) => {
  const { put, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [form, setForm] = React.useState<RuntimeSettings>(answer.settings as RuntimeSettings);
  const [saving, setSaving] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  React.useEffect(() => {
    if (answer.settings) setForm(answer.settings);
  }, [answer.settings]);

  const submit = async (request: () => Promise<{ data: { data: SettingsAnswer } }>, done: string) => {
    setSaving(true);
    setErrors({});
    try {
      const response = await request();
      const next = response.data.data;
      onSaved(next);
      toggleNotification({
        type: 'success',
        message: next.reindexing ? `${done}: every member is being re-embedded` : next.reindexNeeded ? `${done}: rebuild the index when the running one ends` : done,
      });
    } catch (error) {
      const details = (error as { response?: { data?: { error?: { details?: { errors?: Array<{ path: string[]; message: string }> } } } } }).response?.data?.error
        ?.details?.errors;
      setErrors(Object.fromEntries((details ?? []).map((detail) => [detail.path.join('.'), detail.message])));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const { llm, embeddings } = form;
  const setLlm = (patch: Partial<RuntimeSettings['llm']>) => setForm({ ...form, llm: { ...llm, ...patch } });
  const setEmbeddings = (patch: Partial<RuntimeSettings['embeddings']>) => setForm({ ...form, embeddings: { ...embeddings, ...patch } });
  const embedderChanges =
    answer.settings &&
    (form.embeddingsProvider !== answer.settings.embeddingsProvider || JSON.stringify(embeddings) !== JSON.stringify(answer.settings.embeddings));

  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="cs-global-settings">
      <Typography variant="pi" textColor="neutral600">
        {answer.settings?.source === 'admin' ? `Saved in the panel ${answer.settings.updatedAt ? new Date(answer.settings.updatedAt).toLocaleString() : ''}` : 'From the environment (defaults)'}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="queryParser">
            <Field.Label>Query parser</Field.Label>
            <SingleSelect value={form.queryParser} onChange={(value: string | number) => setForm({ ...form, queryParser: String(value) })}>
              <SingleSelectOption value="rules">Rules (offline)</SingleSelectOption>
              <SingleSelectOption value="llm">LLM (rules when it cannot answer)</SingleSelectOption>
              {extraChoices(answer.available?.queryParsers, BUILT_IN_PARSERS).map((name) => (
                <SingleSelectOption key={name} value={name}>{`${name} (from a plugin)`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="llm.baseUrl" error={errors['llm.baseUrl']}>
            <Field.Label>LLM base URL (OpenAI-compatible)</Field.Label>
            <TextInput placeholder="https://api.openai.com/v1" value={llm.baseUrl ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLlm({ baseUrl: orNull(event.target.value) })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="llm.model" error={errors['llm.model']}>
            <Field.Label>LLM model</Field.Label>
            <TextInput value={llm.model ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLlm({ model: orNull(event.target.value) })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="llm.temperature" error={errors['llm.temperature']}>
            <Field.Label>Temperature</Field.Label>
            <NumberInput step={0.1} value={llm.temperature} onValueChange={(value: number | undefined) => setLlm({ temperature: value ?? 0 })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="llm.timeoutMs" error={errors['llm.timeoutMs']}>
            <Field.Label>Timeout (ms)</Field.Label>
            <NumberInput step={100} value={llm.timeoutMs} onValueChange={(value: number | undefined) => setLlm({ timeoutMs: value ?? 2500 })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          {answer.secrets ? <SecretLine secret={answer.secrets.llmApiKey} /> : null}
        </Grid.Item>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="embeddingsProvider">
            <Field.Label>Embeddings</Field.Label>
            <SingleSelect value={form.embeddingsProvider} onChange={(value: string | number) => setForm({ ...form, embeddingsProvider: String(value) })}>
              <SingleSelectOption value="local">Local (offline word vectors)</SingleSelectOption>
              <SingleSelectOption value="openai">OpenAI-compatible API</SingleSelectOption>
              {extraChoices(answer.available?.embeddingsProviders, BUILT_IN_EMBEDDERS).map((name) => (
                <SingleSelectOption key={name} value={name}>{`${name} (from a plugin)`}</SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="embeddings.baseUrl" error={errors['embeddings.baseUrl']}>
            <Field.Label>Embeddings base URL</Field.Label>
            <TextInput value={embeddings.baseUrl ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEmbeddings({ baseUrl: orNull(event.target.value) })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={8} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="embeddings.model" error={errors['embeddings.model']}>
            <Field.Label>Embeddings model</Field.Label>
            <TextInput value={embeddings.model ?? ''} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEmbeddings({ model: orNull(event.target.value) })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={4} xs={12} direction="column" alignItems="stretch">
          <Field.Root name="embeddings.dimensions" error={errors['embeddings.dimensions']}>
            <Field.Label>Dimensions</Field.Label>
            <NumberInput value={embeddings.dimensions ?? undefined} onValueChange={(value: number | undefined) => setEmbeddings({ dimensions: value ?? null })} />
            <Field.Error />
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          {answer.secrets ? <SecretLine secret={answer.secrets.embeddingsApiKey} /> : null}
        </Grid.Item>
      </Grid.Root>
      {embedderChanges ? (
        <Alert variant="warning" title="Changing the embeddings re-embeds every member" closeLabel="Close">
          Search keeps working meanwhile; close matches by meaning improve as members are re-embedded.
        </Alert>
      ) : null}
      <Flex gap={2}>
        <Button loading={saving} data-testid="cs-save-settings" onClick={() => submit(() => put('/community-search/settings', form), 'Settings saved')}>
          Save settings
        </Button>
        <Button variant="tertiary" disabled={saving || answer.settings?.source !== 'admin'} onClick={() => submit(() => del('/community-search/settings'), 'Back to the environment settings')}>
          Reset to environment defaults
        </Button>
      </Flex>
      <Box>
        <Typography variant="pi" textColor="neutral500">
          {`In use now: ${answer.active.queryParser} parser, ${answer.active.embeddingProvider} embeddings (${answer.active.embeddingModel}, ${answer.active.embeddingDimensions} dimensions).`}
        </Typography>
      </Box>
    </Flex>
  );
};
