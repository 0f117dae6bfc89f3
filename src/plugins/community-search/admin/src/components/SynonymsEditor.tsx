import * as React from 'react';

import { Box, Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { errorMessage, useAdminGet } from '../hooks/useAdminGet';

type Synonym = { term: string; canonical: string[] };
type Row = { key: number; term: string; canonical: string };

let nextKey = 0;
const toRow = (synonym: Synonym): Row => ({ key: nextKey++, term: synonym.term, canonical: synonym.canonical.join(', ') });
const toSynonym = (row: Row): Synonym => ({
  term: row.term.trim(),
  canonical: row.canonical
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean),
});

/**
 * A community's synonyms: what members type ("skin doctor") and what it means in the directory
 * ("Dermatology"; several meanings separated by commas). Saved as a whole; search uses them at once.
 */
export const SynonymsEditor = ({
  communityId,
  canEdit,
  onSaved,
  draft,
}: {
  communityId: number;
  canEdit: boolean;
  onSaved?: () => void;
  /** A term to start a synonym with (from the test box); `id` changes on every request. */
  draft?: { id: number; term: string };
}) => {
  const loaded = useAdminGet<Synonym[]>('/community-search/synonyms', { community: communityId });
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [rows, setRows] = React.useState<Row[]>([]);
  const [saving, setSaving] = React.useState(false);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});

  React.useEffect(() => {
    if (loaded.status === 'ok') setRows(loaded.data.map(toRow));
  }, [loaded.status, loaded.data]);

  // A term sent from the test box: a new row with it (or the row that already has it) and its meaning to fill in.
  const [focusKey, setFocusKey] = React.useState<number | null>(null);
  React.useEffect(() => {
    if (!draft || loaded.status !== 'ok') return;
    const existing = rows.find((row) => row.term.trim().toLowerCase() === draft.term.trim().toLowerCase());
    if (existing) {
      setFocusKey(existing.key);
      return;
    }
    const row = toRow({ term: draft.term, canonical: [] });
    setRows((current) => [...current, row]);
    setFocusKey(row.key);
    // Only a new draft (its id) adds a row: the rest of `draft` and `rows` are read, not watched.
  }, [draft?.id, loaded.status]);
  React.useEffect(() => {
    if (focusKey === null) return;
    document.querySelector<HTMLInputElement>(`[data-synonym-meaning="${focusKey}"]`)?.focus();
  }, [focusKey, rows]);

  const update = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const save = async () => {
    setSaving(true);
    setFieldErrors({});
    try {
      const response = await put<{ data: Synonym[] }>(`/community-search/synonyms?community=${communityId}`, {
        synonyms: rows.filter((row) => row.term.trim() !== '' || row.canonical.trim() !== '').map(toSynonym),
      });
      setRows(response.data.data.map(toRow));
      toggleNotification({ type: 'success', message: 'Synonyms saved: search uses them now' });
      onSaved?.();
    } catch (error) {
      const details = (error as { response?: { data?: { error?: { details?: { errors?: Array<{ path: string[]; message: string }> } } } } }).response?.data?.error
        ?.details?.errors;
      setFieldErrors(Object.fromEntries((details ?? []).map((detail) => [detail.path.join('.'), detail.message])));
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  if (loaded.status === 'loading') return <Typography textColor="neutral600">Loading synonyms…</Typography>;
  if (loaded.status === 'error' || loaded.status === 'forbidden') return <Typography textColor="danger600">{loaded.message}</Typography>;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="cs-synonyms">
      {rows.length === 0 ? <Typography textColor="neutral600">No synonyms yet: the built-in taxonomy applies.</Typography> : null}
      {rows.map((row, index) => (
        <Flex key={row.key} gap={3} alignItems="flex-end" data-testid="cs-synonym-row">
          <Box flex="1">
            <Field.Root name={`term-${row.key}`} error={fieldErrors[`synonyms.${index}.term`]}>
              <Field.Label>Members type</Field.Label>
              <TextInput
                placeholder="skin doctor"
                value={row.term}
                disabled={!canEdit}
                aria-label={`Synonym ${index + 1} term`}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => update(row.key, { term: event.target.value })}
              />
              <Field.Error />
            </Field.Root>
          </Box>
          <Box flex="2">
            <Field.Root name={`canonical-${row.key}`} error={fieldErrors[`synonyms.${index}.canonical`]}>
              <Field.Label>Means (comma-separated)</Field.Label>
              <TextInput
                placeholder="Dermatology"
                value={row.canonical}
                disabled={!canEdit}
                aria-label={`Synonym ${index + 1} meaning`}
                data-synonym-meaning={row.key}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => update(row.key, { canonical: event.target.value })}
              />
              <Field.Error />
            </Field.Root>
          </Box>
          {canEdit ? (
            <IconButton label="Remove synonym" onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}>
              <Trash />
            </IconButton>
          ) : null}
        </Flex>
      ))}
      {canEdit ? (
        <Flex gap={2}>
          <Button variant="secondary" startIcon={<Plus />} onClick={() => setRows((current) => [...current, toRow({ term: '', canonical: [] })])} data-testid="cs-add-synonym">
            Add synonym
          </Button>
          <Button onClick={save} loading={saving} data-testid="cs-save-synonyms">
            Save synonyms
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
