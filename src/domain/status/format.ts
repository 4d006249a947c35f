/** How explanations print an amount: the Swedish way, percents as "90 %", a unit after the number. */
import { formatNumberSv, formatPercentSv } from "../values/format";

export function formatAmount(value: number, percent: boolean, unit: string | null): string {
  if (percent) return formatPercentSv(value);
  return unit ? `${formatNumberSv(value)} ${unit}` : formatNumberSv(value);
}
