import { field, type FieldView } from '../form-fields';
import type { FieldErrors } from '../form-errors';

export interface SignupView {
  fields: FieldView[];
  problems: string[];
}

export function signupView(values: { name: string; email: string }, errors: FieldErrors = {}): SignupView {
  return {
    fields: [
      field({ name: 'name', label: 'Your name', value: values.name, autocomplete: 'name', required: true, maxlength: 200 }, errors),
      field({ name: 'email', label: 'Email', type: 'email', value: values.email, autocomplete: 'email', required: true, maxlength: 254 }, errors),
      field(
        {
          name: 'password',
          label: 'Password',
          type: 'password',
          hint: 'At least 10 characters. A few words you will remember make a good one.',
          autocomplete: 'new-password',
          required: true,
          maxlength: 200,
        },
        errors,
      ),
    ],
    problems: Object.keys(errors).length > 0 ? ['Your account was not created yet: see the fields marked below.'] : [],
  };
}

export function forgotView(email: string, errors: FieldErrors = {}): { fields: FieldView[] } {
  return { fields: [field({ name: 'email', label: 'Email', type: 'email', value: email, autocomplete: 'email', required: true, maxlength: 254 }, errors)] };
}

export function resetView(guard: string, errors: FieldErrors = {}): { guard: string; fields: FieldView[] } {
  return {
    guard,
    fields: [
      field(
        {
          name: 'password',
          label: 'New password',
          type: 'password',
          hint: 'At least 10 characters.',
          autocomplete: 'new-password',
          required: true,
          maxlength: 200,
        },
        errors,
      ),
      field({ name: 'confirm', label: 'The new password again', type: 'password', autocomplete: 'new-password', required: true, maxlength: 200 }, errors),
    ],
  };
}
