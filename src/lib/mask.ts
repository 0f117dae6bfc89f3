/** `+919876543210` → `+91******3210`: enough to recognise a number in a log, not to use it. */
export const maskPhone = (phone: string): string => {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return '****';
  return `${phone.startsWith('+') ? '+' : ''}${digits.slice(0, 2)}${'*'.repeat(Math.max(2, digits.length - 6))}${digits.slice(-4)}`;
};
