import * as React from 'react';

import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { adminApi, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useDispatch } from 'react-redux';
import { useParams } from 'react-router-dom';

import { errorMessage } from '../../hooks/useAdminGet';
import { useCan } from '../../hooks/useCan';
import { PERMISSIONS } from '../../permissions';
import { attachmentName, saveBlob } from '../../utils/download';
import { CommunityPicker, useCommunities } from '../CommunityPicker';
import { ImportResult, type ImportReport } from './ImportResult';

const MEMBER_UID = 'api::member.member';

/**
 * Import and export buttons on the Content Manager's member list (its `listView.actions` zone):
 * the member CSV/JSON format of the API, for a community the admin manages, with a dialog listing
 * the rows an import refused.
 */
export const MemberTransferActions = () => {
  const { slug } = useParams<{ slug: string }>();
  const canImport = useCan(PERMISSIONS.membersImport);
  const canExport = useCan(PERMISSIONS.membersExport);
  if (slug !== MEMBER_UID || (!canImport && !canExport)) return null;
  return <TransferButtons canImport={Boolean(canImport)} canExport={Boolean(canExport)} />;
};

const TransferButtons = ({ canImport, canExport }: { canImport: boolean; canExport: boolean }) => {
  const communities = useCommunities();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const dispatch = useDispatch();
  const [open, setOpen] = React.useState<'import' | 'export' | null>(null);
  const [community, setCommunity] = React.useState<number | undefined>(undefined);
  const [mode, setMode] = React.useState<'upsert' | 'create'>('upsert');
  const [format, setFormat] = React.useState<'csv' | 'json'>('csv');
  const [file, setFile] = React.useState<File | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [report, setReport] = React.useState<ImportReport | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  if (communities.status !== 'ok' || communities.data.length === 0) return null;

  const close = () => {
    setOpen(null);
    setFile(null);
    setReport(null);
    setFailure(null);
  };

  const runImport = async () => {
    if (!file || community === undefined) return;
    setBusy(true);
    setFailure(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await post<ImportReport>(`/community-search/members/import?community=${community}&mode=${mode}`, body);
      setReport(response.data);
      // The list behind the dialog shows the imported members at once.
      dispatch(adminApi.util.invalidateTags([{ type: 'Document' as never, id: `${MEMBER_UID}_LIST` }]));
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const runExport = async () => {
    if (community === undefined) return;
    setBusy(true);
    try {
      const response = await get<Blob>('/community-search/members/export', { params: { community, format }, responseType: 'blob' });
      saveBlob(response.data, attachmentName(response.headers, `members.${format}`));
      close();
    } catch (error) {
      toggleNotification({ type: 'danger', message: `Export failed: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {canImport ? (
        <Button variant="secondary" startIcon={<Upload />} onClick={() => setOpen('import')} data-testid="cs-members-import">
          Import
        </Button>
      ) : null}
      {canExport ? (
        <Button variant="secondary" startIcon={<Download />} onClick={() => setOpen('export')} data-testid="cs-members-export">
          Export
        </Button>
      ) : null}
      <Modal.Root open={open !== null} onOpenChange={(isOpen: boolean) => (isOpen ? undefined : close())}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{open === 'import' ? 'Import members' : 'Export members'}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {report ? (
              <ImportResult report={report} />
            ) : (
              <Flex direction="column" alignItems="stretch" gap={4}>
                <CommunityPicker communities={communities.data} value={community} onChange={setCommunity} isSuperAdmin={Boolean(communities.meta.isSuperAdmin)} />
                {open === 'import' ? (
                  <>
                    <Field.Root name="mode" hint="Update: rows whose phone is already a member update that member.">
                      <Field.Label>Rows with a known phone</Field.Label>
                      <SingleSelect value={mode} onChange={(value: string | number) => setMode(String(value) as 'upsert' | 'create')}>
                        <SingleSelectOption value="upsert">Update the member</SingleSelectOption>
                        <SingleSelectOption value="create">Report as an error</SingleSelectOption>
                      </SingleSelect>
                      <Field.Hint />
                    </Field.Root>
                    <Field.Root name="file" hint="CSV in the member format (download the template), or a JSON array.">
                      <Field.Label>File</Field.Label>
                      <input
                        type="file"
                        accept=".csv,.json,text/csv,application/json"
                        data-testid="cs-import-file"
                        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                      />
                      <Field.Hint />
                    </Field.Root>
                    <Typography variant="pi">
                      <a href="/api/members/import/template" download>
                        Download the CSV template
                      </a>
                    </Typography>
                  </>
                ) : (
                  <Field.Root name="format">
                    <Field.Label>Format</Field.Label>
                    <SingleSelect value={format} onChange={(value: string | number) => setFormat(String(value) as 'csv' | 'json')}>
                      <SingleSelectOption value="csv">CSV (opens in spreadsheets, imports back)</SingleSelectOption>
                      <SingleSelectOption value="json">JSON</SingleSelectOption>
                    </SingleSelect>
                  </Field.Root>
                )}
                {failure ? (
                  <Typography textColor="danger600" data-testid="cs-import-failure">
                    {failure}
                  </Typography>
                ) : null}
              </Flex>
            )}
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{report ? 'Close' : 'Cancel'}</Button>
            </Modal.Close>
            {report ? null : open === 'import' ? (
              <Button onClick={runImport} loading={busy} disabled={!file || community === undefined} data-testid="cs-import-submit">
                Import
              </Button>
            ) : (
              <Button onClick={runExport} loading={busy} disabled={community === undefined} data-testid="cs-export-submit">
                Export
              </Button>
            )}
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
    </>
  );
};
