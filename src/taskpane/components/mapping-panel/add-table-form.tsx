/**
 * 添加未识别的表格: sheet (a dropdown of the workbook's sheets), kind (指标表 / 资金表) and range,
 * then 添加. The check and the new table are the caller's (add-table.ts withAddedTable): `onAdd`
 * returns the Chinese message of a refusal, shown under the form, or undefined when added.
 */
import { useState } from 'react';
import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import type { BlockKind } from '../../../core/mapping/types';
import { MAPPING_PANE } from './phrases';

export interface AddTableFormProps {
  readonly sheetNames: readonly string[];
  readonly disabled: boolean;
  onAdd(sheet: string, kind: BlockKind, rangeText: string): string | undefined;
}

const KINDS: readonly BlockKind[] = ['indicators', 'funds'];

const useStyles = makeStyles({
  card: { border: `1px dashed ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
  heading: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  intro: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: '120px' },
  error: { display: 'block', color: tokens.colorPaletteRedForeground1, marginTop: tokens.spacingVerticalXS },
});

export function AddTableForm({ sheetNames, disabled, onAdd }: AddTableFormProps) {
  const s = useStyles();
  const [sheet, setSheet] = useState<string>(sheetNames[0] ?? '');
  const [kind, setKind] = useState<BlockKind>('indicators');
  const [rangeText, setRangeText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const chosenSheet = sheetNames.includes(sheet) ? sheet : (sheetNames[0] ?? '');
  const add = () => {
    const refusal = onAdd(chosenSheet, kind, rangeText);
    setError(refusal);
    if (refusal === undefined) setRangeText('');
  };
  return (
    <section className={s.card} aria-label={MAPPING_PANE.add.title} data-testid="mapping-add-form">
      <div className={s.heading}>{MAPPING_PANE.add.title}</div>
      <Caption1 className={s.intro}>{MAPPING_PANE.add.intro}</Caption1>
      <div className={s.row}>
        <Field label={MAPPING_PANE.add.sheet} size="small">
          <Dropdown
            size="small"
            className={s.dropdown}
            value={chosenSheet}
            selectedOptions={chosenSheet === '' ? [] : [chosenSheet]}
            disabled={disabled}
            onOptionSelect={(_e, d) => setSheet(d.optionValue ?? '')}
            data-testid="mapping-add-sheet"
          >
            {sheetNames.map((n) => (
              <Option key={n} value={n}>{n}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={MAPPING_PANE.add.kind} size="small">
          <Dropdown
            size="small"
            className={s.dropdown}
            value={MAPPING_PANE.add.kinds[kind]}
            selectedOptions={[kind]}
            disabled={disabled}
            onOptionSelect={(_e, d) => setKind((d.optionValue as BlockKind | undefined) ?? 'indicators')}
            data-testid="mapping-add-kind"
          >
            {KINDS.map((k) => (
              <Option key={k} value={k}>{MAPPING_PANE.add.kinds[k]}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={MAPPING_PANE.add.range} size="small">
          <Input
            size="small"
            value={rangeText}
            disabled={disabled}
            onChange={(_e, d) => {
              setRangeText(d.value);
              setError(undefined); // a refusal is about the range as it was
            }}
            data-testid="mapping-add-range"
          />
        </Field>
        <Button size="small" disabled={disabled || chosenSheet === ''} onClick={add} data-testid="mapping-add">
          {MAPPING_PANE.add.button}
        </Button>
      </div>
      {error !== undefined ? (
        <span className={s.error} role="alert" data-testid="mapping-add-error">{error}</span>
      ) : null}
    </section>
  );
}
