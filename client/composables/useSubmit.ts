// A form's submission: busy flag, a general error message and server field errors mapped onto the form's fields
// (problem details `errors[].path` such as "body.email" → "email"), all in the current language.
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { isApiError } from '../api/client';

const fieldCodes: Record<string, string> = {
  'weak-password': 'errors.weakPassword',
  'wrong-password': 'errors.wrongPassword',
  'link-invalid': 'errors.linkInvalid',
  too_small: 'errors.tooShort',
  too_big: 'errors.tooLong',
  invalid_format: 'errors.email',
};
const problemCodes: Record<string, string> = {
  unauthorized: 'errors.credentials',
  'email-not-verified': 'errors.notVerified',
  'rate-limited': 'errors.rateLimited',
  conflict: 'errors.conflict',
  validation: 'errors.validation',
};

export function useSubmit() {
  const { t } = useI18n();
  const busy = ref(false);
  const error = ref<string | null>(null);
  const fields = ref<Record<string, string>>({});

  async function run(action: () => Promise<void>): Promise<boolean> {
    busy.value = true;
    error.value = null;
    fields.value = {};
    try {
      await action();
      return true;
    } catch (e) {
      if (!isApiError(e)) throw e;
      for (const f of e.problem.errors ?? []) {
        const name = f.path.split('.').pop() ?? f.path;
        fields.value[name] = t(fieldCodes[f.code ?? ''] ?? 'errors.invalid');
      }
      const key = problemCodes[e.code];
      error.value = key ? t(key) : e.status === 0 ? t('common.errorNetwork') : t('common.errorStatus', { status: e.status });
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, fields, run };
}
