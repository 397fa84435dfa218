/** precompress writes path.gz and path.br for each compressible file under dir; it returns how many. */
export function precompress(dir: string): number
