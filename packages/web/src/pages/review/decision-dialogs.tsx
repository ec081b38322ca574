import { Button, Chip, Group, Kbd, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, ClaimEdit } from '../../api/review-types.ts';
import type { EntitySummary } from '../../api/types.ts';
import { EntityPicker } from '../../components/entity-picker.tsx';
import { useVocab } from '../../format/use-vocab.ts';

const REASONS = ['review.reasons.wrongEntity', 'review.reasons.notAFact', 'review.reasons.duplicate', 'review.reasons.outdated'] as const;

/** Asks for the reason of a rejection (required); common reasons are one click away. */
export function RejectDialog({ opened, count, onClose, onSubmit }: { opened: boolean; count: number; onClose(): void; onSubmit(reason: string): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = () => {
    if (!reason.trim()) return;
    onSubmit(reason.trim());
    setReason('');
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('review.rejectTitle', { count })} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Chip.Group value={reason} onChange={(v) => setReason(Array.isArray(v) ? (v[0] ?? '') : v)}>
            <Group gap={6}>
              {REASONS.map((r) => (
                <Chip key={r} value={t(r)} size="xs" variant="light">
                  {t(r)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Textarea
            label={t('review.reason')}
            required
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                submit();
              }
            }}
            dir="auto"
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!reason.trim()}>
              {t('review.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const EDITABLE = ['role', 'how', 'start', 'end', 'date', 'since', 'ordinal', 'event_type', 'agreement_type', 'status', 'name'] as const;

/**
 * Edit-then-accept: the fact's scalar fields (dates as partial ISO or `jalali:1402-09-10`) and each
 * argument's entity (search to relink a wrong or missing link). Only changed values are sent.
 */
export function EditDialog({ claim, onClose, onSubmit }: { claim: Claim | null; onClose(): void; onSubmit(edit: ClaimEdit, reason: string): void }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const [values, setValues] = useState<Record<string, string>>({});
  const [links, setLinks] = useState<Record<string, EntitySummary | null>>({});
  const [reason, setReason] = useState('');
  if (!claim) return null;
  const fields = EDITABLE.filter((k) => k in claim.fact || ['start', 'date'].includes(k));
  const current = (k: string) => (claim.fact[k] === undefined || claim.fact[k] === null ? '' : String(claim.fact[k]));
  const submit = () => {
    const fact: Record<string, string | number | null> = {};
    for (const k of fields) {
      const v = values[k];
      if (v === undefined || v === current(k)) continue;
      fact[k] = v.trim() === '' ? null : k === 'ordinal' ? Number(v) : v.trim();
    }
    const args = claim.arguments.flatMap((a) => {
      const picked = links[`${a.slot}:${a.position}`];
      return picked && picked.id !== a.entity?.id ? [{ slot: a.slot, position: a.position, entity_id: picked.id }] : [];
    });
    onSubmit({ ...(Object.keys(fact).length ? { fact } : {}), ...(args.length ? { arguments: args } : {}) }, reason.trim());
    setValues({});
    setLinks({});
    setReason('');
  };
  return (
    <Modal opened onClose={onClose} title={t('review.editTitle')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {claim.arguments.map((a) => {
            const key = `${a.slot}:${a.position}`;
            return (
              <EntityPicker
                key={key}
                label={`${vocab('review.slots', a.slot)} — ${a.name_fa ?? a.name_en ?? ''}`}
                value={links[key] === undefined ? a.entity : links[key]}
                onChange={(v) => setLinks((l) => ({ ...l, [key]: v }))}
              />
            );
          })}
          {fields.map((k, i) => (
            <TextInput
              key={k}
              label={t(`review.fields.${k}`)}
              value={values[k] ?? current(k)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((s) => ({ ...s, [k]: v }));
              }}
              dir="auto"
              data-autofocus={i === 0 && claim.arguments.length === 0 ? true : undefined}
              description={['start', 'end', 'date', 'since'].includes(k) ? t('review.dateHint') : undefined}
            />
          ))}
          <TextInput label={t('review.reasonOptional')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} dir="auto" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="green">
              {t('review.saveAndAccept')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const SHORTCUTS: [string, 'review.keys.next' | 'review.keys.previous' | 'review.keys.accept' | 'review.keys.reject' | 'review.keys.edit' | 'review.keys.select' | 'review.keys.undo' | 'review.keys.open' | 'review.keys.help'][] = [
  ['j', 'review.keys.next'],
  ['k', 'review.keys.previous'],
  ['a', 'review.keys.accept'],
  ['r', 'review.keys.reject'],
  ['e', 'review.keys.edit'],
  ['x', 'review.keys.select'],
  ['u', 'review.keys.undo'],
  ['o', 'review.keys.open'],
  ['?', 'review.keys.help'],
];

/** The keyboard shortcuts of the review queue. */
export function HelpDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('review.keysTitle')}>
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map(([key, label]) => (
            <Table.Tr key={key}>
              <Table.Td w={60}>
                <Kbd>{key}</Kbd>
              </Table.Td>
              <Table.Td>{t(label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('review.keysNote')}
      </Text>
    </Modal>
  );
}
