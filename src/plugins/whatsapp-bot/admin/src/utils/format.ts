/** A timestamp in the admin's locale, or a dash when there is none. */
export const formatTime = (value: string | null | undefined) => (value ? new Date(value).toLocaleString() : '—');
