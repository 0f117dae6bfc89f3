import { Box, Field, Flex, Tag, TextInput } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import * as React from 'react';

import { addSkill, removeSkill, toSkillList } from './skills';

type CustomFieldInputProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value: unknown;
  onChange: (name: string, value: unknown) => void;
  labelAction?: React.ReactNode;
};

/**
 * Skills as tags: type a skill and press Enter (or a comma) to add it, × removes it. The stored
 * value stays a JSON array of strings, the shape the API, search and imports use.
 */
const SkillsInput = React.forwardRef<HTMLInputElement, CustomFieldInputProps>(
  ({ name, label, hint, error, required, disabled, value, onChange, labelAction }, ref) => {
    const skills = toSkillList(value);
    const [draft, setDraft] = React.useState('');

    const commit = () => {
      const next = addSkill(skills, draft);
      if (next !== skills) onChange(name, next);
      setDraft('');
    };

    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Box data-testid={`skills-tags-${name}`}>
          {skills.length > 0 ? (
            <Flex gap={1} wrap="wrap" paddingBottom={2}>
              {skills.map((skill) => (
                <Tag
                  key={skill}
                  icon={<Cross aria-hidden />}
                  label={`Remove ${skill}`}
                  disabled={disabled}
                  onClick={() => onChange(name, removeSkill(skills, skill))}
                >
                  {skill}
                </Tag>
              ))}
            </Flex>
          ) : null}
          <TextInput
            ref={ref}
            disabled={disabled}
            value={draft}
            placeholder="Type a skill and press Enter"
            aria-label={`Add to ${label}`}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft(event.target.value)}
            onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
              if (event.key === 'Enter' || event.key === ',') {
                // Enter would submit the whole form; here it adds the skill.
                event.preventDefault();
                commit();
              } else if (event.key === 'Backspace' && draft === '' && skills.length > 0) {
                onChange(name, skills.slice(0, -1));
              }
            }}
            onBlur={() => {
              if (draft.trim() !== '') commit();
            }}
          />
        </Box>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default SkillsInput;
