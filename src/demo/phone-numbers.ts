import type { Random } from './seeded-random.ts';
import type { Country, Locality } from './vocabulary/geography.ts';

/** A number as digits, so the same number can be written in each of its country's usual ways. */
export interface PhoneNumber {
  callingCode: string;
  areaCode: string;
  subscriber: string;
}

/** Area code and subscriber digits, never starting with 0 or 1 (those are trunk and service prefixes). */
export function randomPhone(random: Random, country: Country, locality: Locality): PhoneNumber {
  let subscriber = String(random.int(2, 9));
  while (subscriber.length < locality.subscriberDigits) subscriber += String(random.int(0, 9));
  return { callingCode: country.callingCode, areaCode: locality.areaCode, subscriber };
}

function grouped(digits: string, separator: string): string {
  if (digits.length === 8) return `${digits.slice(0, 4)}${separator}${digits.slice(4)}`;
  if (digits.length === 7) return `${digits.slice(0, 3)}${separator}${digits.slice(3)}`;
  if (digits.length === 9) return [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5, 7), digits.slice(7)].join(separator);
  return digits;
}

type Style = (phone: PhoneNumber) => string;

const northAmericanStyles: readonly Style[] = [
  ({ areaCode, subscriber }) => `(${areaCode}) ${grouped(subscriber, '-')}`,
  ({ areaCode, subscriber }) => `${areaCode}-${grouped(subscriber, '-')}`,
  ({ areaCode, subscriber }) => `${areaCode}.${grouped(subscriber, '.')}`,
  ({ areaCode, subscriber }) => `+1 ${areaCode} ${grouped(subscriber, ' ')}`,
  ({ areaCode, subscriber }) => `+1 (${areaCode}) ${grouped(subscriber, '-')}`,
  ({ areaCode, subscriber }) => `+1${areaCode}${subscriber}`,
  ({ areaCode, subscriber }) => `1-${areaCode}-${grouped(subscriber, '-')}`,
];

/** Countries that dial a trunk 0 before the area code at home (020 7946 0958, 030 1234567). */
const trunkZeroStyles: readonly Style[] = [
  ({ callingCode, areaCode, subscriber }) => `+${callingCode} ${areaCode} ${grouped(subscriber, ' ')}`,
  ({ areaCode, subscriber }) => `0${areaCode} ${grouped(subscriber, ' ')}`,
  ({ callingCode, areaCode, subscriber }) => `+${callingCode} (0)${areaCode} ${grouped(subscriber, ' ')}`,
  ({ callingCode, areaCode, subscriber }) => `+${callingCode}${areaCode}${subscriber}`,
  ({ areaCode, subscriber }) => `(0${areaCode}) ${subscriber}`,
  ({ areaCode, subscriber }) => `0${areaCode}-${subscriber}`,
];

/** Countries whose numbers are dialled whole at home (Spain, Singapore). */
const noTrunkStyles: readonly Style[] = [
  ({ callingCode, areaCode, subscriber }) => `+${callingCode} ${grouped(areaCode + subscriber, ' ')}`,
  ({ areaCode, subscriber }) => grouped(areaCode + subscriber, ' '),
  ({ callingCode, areaCode, subscriber }) => `+${callingCode}${areaCode}${subscriber}`,
  ({ callingCode, areaCode, subscriber }) => `00${callingCode} ${areaCode}${subscriber}`,
];

function stylesFor(callingCode: string): readonly Style[] {
  if (callingCode === '1') return northAmericanStyles;
  if (callingCode === '34' || callingCode === '65') return noTrunkStyles;
  return trunkZeroStyles;
}

export function phoneStyleCount(phone: PhoneNumber): number {
  return stylesFor(phone.callingCode).length;
}

/** The number written in one of its country's usual styles (style wraps around). */
export function formatPhone(phone: PhoneNumber, style: number): string {
  const styles = stylesFor(phone.callingCode);
  return (styles[style % styles.length] as Style)(phone);
}

/** The same number written another way than `current`. */
export function reformatPhone(phone: PhoneNumber, current: string, random: Random): string {
  const count = phoneStyleCount(phone);
  const start = random.int(0, count - 1);
  for (let step = 0; step < count; step++) {
    const written = formatPhone(phone, start + step);
    if (written !== current) return written;
  }
  return current;
}
