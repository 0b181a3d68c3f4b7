import { useState, type FormEvent, type ReactNode } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { FormProblem } from '@/components/ui/form-problem';
import { fieldErrorsOf } from '@/lib/api/problem';
import type { Member, MemberInput, SubRegion } from '@/lib/api/types';

export const memberFieldLabels: Record<keyof MemberInput, string> = {
  code: 'Code',
  name: 'Name',
  subRegionId: 'Sub-region',
  joinedOn: 'Joined on',
  leftOn: 'Left on',
  isCbRecipient: 'Receives capacity building',
  isDonor: 'Donor',
  isSmallIslandEconomy: 'Small island economy',
  isRtcHost: 'Hosts a WCO Regional Training Centre',
  source: 'Source',
};

/** What the inputs hold: text for every text, date and select input. */
interface MemberFormValues {
  code: string;
  name: string;
  subRegionId: string;
  joinedOn: string;
  leftOn: string;
  isCbRecipient: boolean;
  isDonor: boolean;
  isSmallIslandEconomy: boolean;
  isRtcHost: boolean;
  source: string;
}

export const emptyMemberInput: MemberInput = {
  code: '',
  name: '',
  subRegionId: 0,
  joinedOn: null,
  leftOn: null,
  isCbRecipient: false,
  isDonor: false,
  isSmallIslandEconomy: false,
  isRtcHost: false,
  source: null,
};

export function toMemberInput(member: Member): MemberInput {
  return {
    code: member.code,
    name: member.name,
    subRegionId: member.subRegionId,
    joinedOn: member.joinedOn ?? null,
    leftOn: member.leftOn ?? null,
    isCbRecipient: member.isCbRecipient,
    isDonor: member.isDonor,
    isSmallIslandEconomy: member.isSmallIslandEconomy,
    isRtcHost: member.isRtcHost,
    source: member.source ?? null,
  };
}

function toValues(input: MemberInput): MemberFormValues {
  return {
    code: input.code,
    name: input.name,
    subRegionId: input.subRegionId ? String(input.subRegionId) : '',
    joinedOn: input.joinedOn ?? '',
    leftOn: input.leftOn ?? '',
    isCbRecipient: input.isCbRecipient,
    isDonor: input.isDonor,
    isSmallIslandEconomy: input.isSmallIslandEconomy,
    isRtcHost: input.isRtcHost,
    source: input.source ?? '',
  };
}

// Values go to the API as typed: the API validates them and says what is wrong, field by field.
function fromValues(values: MemberFormValues): MemberInput {
  return {
    code: values.code,
    name: values.name,
    subRegionId: values.subRegionId ? Number(values.subRegionId) : 0,
    joinedOn: values.joinedOn || null,
    leftOn: values.leftOn || null,
    isCbRecipient: values.isCbRecipient,
    isDonor: values.isDonor,
    isSmallIslandEconomy: values.isSmallIslandEconomy,
    isRtcHost: values.isRtcHost,
    source: values.source.trim() ? values.source : null,
  };
}

interface MemberFormProps {
  initial: MemberInput;
  subRegions: readonly SubRegion[];
  submitLabel: string;
  pending: boolean;
  /** The failed save, if the last one failed. */
  error: unknown;
  onSubmit: (input: MemberInput) => void;
  /** Offered after a 412, to load the current version. */
  onReload?: () => void;
  /** Further actions next to the submit button (e.g. a cancel link). */
  actions?: ReactNode;
}

const idPrefix = 'member';
type TextKey = 'code' | 'name' | 'subRegionId' | 'joinedOn' | 'leftOn' | 'source';
type FlagKey = 'isCbRecipient' | 'isDonor' | 'isSmallIslandEconomy' | 'isRtcHost';
const flagKeys: FlagKey[] = ['isCbRecipient', 'isDonor', 'isSmallIslandEconomy', 'isRtcHost'];

export function MemberForm({ initial, subRegions, submitLabel, pending, error, onSubmit, onReload, actions }: MemberFormProps) {
  const [values, setValues] = useState(() => toValues(initial));
  const errors = fieldErrorsOf(error);

  const text = (key: TextKey) => ({
    id: `${idPrefix}-${key}`,
    name: key,
    value: values[key],
    errors: errors[key],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(fromValues(values));
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <FormProblem
        error={error}
        entityName="Member"
        fieldLabels={memberFieldLabels}
        idPrefix={idPrefix}
        onReload={onReload}
      />
      <div className="form-grid">
        <TextField
          {...text('code')}
          label={memberFieldLabels.code}
          hint="Two capital letters, e.g. TH"
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={8}
          className="field-narrow"
        />
        <TextField {...text('name')} label={memberFieldLabels.name} required autoComplete="off" />
        <SelectField {...text('subRegionId')} label={memberFieldLabels.subRegionId} required>
          <option value="">Choose a sub-region</option>
          {subRegions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.code})
            </option>
          ))}
        </SelectField>
        <TextField {...text('joinedOn')} label={memberFieldLabels.joinedOn} type="date" hint="Leave empty if not known" />
        <TextField {...text('leftOn')} label={memberFieldLabels.leftOn} type="date" hint="Only for a former Member" />
      </div>
      <TextAreaField
        {...text('source')}
        label={memberFieldLabels.source}
        hint="Where these facts come from, e.g. a document and its lines"
        rows={4}
        className="field-wide"
      />
      <fieldset className="fieldset">
        <legend>Roles</legend>
        {flagKeys.map((key) => (
          <CheckboxField
            key={key}
            id={`${idPrefix}-${key}`}
            name={key}
            label={memberFieldLabels[key]}
            checked={values[key]}
            errors={errors[key]}
            onChange={(event) => {
              const checked = event.target.checked;
              setValues((v) => ({ ...v, [key]: checked }));
            }}
          />
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
