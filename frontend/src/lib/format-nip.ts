/**
 * formatNip groups an 18-digit NIP as its parts for reading: birth date
 * (8), first appointment (6), gender (1) and sequence (3), e.g.
 * "19860926 201505 1 001". Anything else is returned unchanged.
 */
export function formatNip(nip: string): string {
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(nip.trim())
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : nip
}

/** compactNip removes the spaces a person may type when copying a formatted NIP. */
export function compactNip(value: string): string {
  return value.replace(/[\s.-]/g, '')
}
