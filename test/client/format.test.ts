import { describe, expect, it } from 'vitest';
import { formatBudgetRange, formatCount, formatHKD } from '../../client/lib/format';

describe('formatHKD', () => {
  it('groups thousands with a HK$ prefix and no decimals', () => {
    expect(formatHKD(1_250_000)).toBe('HK$1,250,000');
    expect(formatHKD(0)).toBe('HK$0');
  });
});

describe('formatBudgetRange', () => {
  const range = { min: 100_000, max: 300_000 };

  it('formats a range in English', () => {
    expect(formatBudgetRange(range, 'en')).toBe('HK$100,000 – HK$300,000');
  });

  it('formats a range in Traditional Chinese', () => {
    expect(formatBudgetRange(range, 'zh-Hant')).toBe('HK$100,000 至 HK$300,000');
  });

  it('says "up to" when the range starts at zero', () => {
    expect(formatBudgetRange({ min: 0, max: 50_000 }, 'en')).toBe('Up to HK$50,000');
    expect(formatBudgetRange({ min: 0, max: 50_000 }, 'zh-Hant')).toBe('HK$50,000 或以下');
  });

  it('shows a single amount when both ends are equal', () => {
    expect(formatBudgetRange({ min: 5_000_000, max: 5_000_000 }, 'zh-Hant')).toBe('HK$5,000,000');
  });

  it('says "or more" when there is no upper bound above the minimum', () => {
    expect(formatBudgetRange({ min: 5_000_000, max: 0 }, 'en')).toBe('HK$5,000,000 or more');
    expect(formatBudgetRange({ min: 5_000_000, max: 0 }, 'zh-Hant')).toBe('HK$5,000,000 或以上');
  });

  it('returns null when the supplier gave no budget', () => {
    expect(formatBudgetRange(undefined, 'en')).toBeNull();
  });
});

describe('formatCount', () => {
  it('groups thousands in both languages', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'zh-Hant')).toBe('12,345');
  });
});
