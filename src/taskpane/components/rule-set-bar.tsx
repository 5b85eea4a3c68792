/**
 * The rule set in force, at the top of the results: its name, where its weights come from, why it
 * applies (默认 / 已记在本工作簿中 / 本次选择), a switch (each built-in set, or a 规则.json read
 * locally) and a recognised provincial layout's proposal with a button to take it.
 */
import { useId, useRef } from 'react';
import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { BUILTIN_PROFILES, type ScoringProfile } from '../../core/rules/profile';
import type { RuleSetInForce } from '../operations';
import { PANE } from '../phrases';

export interface RuleSetBarProps {
  readonly ruleSet: RuleSetInForce;
  readonly busy: boolean;
  onChoose(profile: ScoringProfile): void;
  /** A 规则.json the person picked: its name and text (read locally). */
  onFile(name: string, text: string): void;
}

const FILE = '__file__';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  label: { fontWeight: tokens.fontWeightSemibold },
  select: { flexGrow: 1, minWidth: '10em' },
  source: { color: tokens.colorNeutralForeground3 },
  hidden: { display: 'none' },
});

export function RuleSetBar(p: RuleSetBarProps) {
  const s = useStyles();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const t = PANE.ruleSet;
  const current = p.ruleSet.profile;
  const builtin = Object.values(BUILTIN_PROFILES);
  const isBuiltin = builtin.includes(current);
  const pickFile = async (f: File | undefined) => {
    if (!f) return;
    p.onFile(f.name, await f.text());
    if (file.current) file.current.value = '';
  };
  return (
    <section className={s.box} aria-label={t.label} data-testid="rule-set">
      <div className={s.row}>
        <label htmlFor={id} className={s.label}>{t.label}</label>
        <Select
          id={id}
          className={s.select}
          size="small"
          value={current.id}
          disabled={p.busy}
          aria-label={t.switchLabel}
          data-testid="rule-set-switch"
          onChange={(_e, d) => {
            if (d.value === FILE) {
              file.current?.click();
              return;
            }
            const next = builtin.find((x) => x.id === d.value);
            if (next && next !== current) p.onChoose(next);
          }}
        >
          {builtin.map((x) => (
            <option key={x.id} value={x.id}>{x.name}</option>
          ))}
          {!isBuiltin ? <option value={current.id}>{current.name}</option> : null}
          <option value={FILE}>{t.fromFile}</option>
        </Select>
        <input ref={file} type="file" accept=".json,application/json" className={s.hidden} aria-hidden="true" tabIndex={-1} data-testid="rule-set-file" onChange={(e) => pickFile(e.target.files?.[0])} />
      </div>
      <Caption1 className={s.source} data-testid="rule-set-source">
        {current.source ? `${t.origin[p.ruleSet.origin]}。${current.source}` : t.origin[p.ruleSet.origin]}
      </Caption1>
      {p.ruleSet.proposal ? (
        <MessageBar intent="info" layout="multiline" data-testid="rule-set-proposal">
          <MessageBarBody>{p.ruleSet.proposal.reason}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={p.busy} onClick={() => p.onChoose(p.ruleSet.proposal!.profile)}>{t.proposalUse}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </section>
  );
}
