import { useState } from 'react'

/**
 * useLastDefined returns value, or when it is undefined the last value that
 * was not, so a view can keep showing the previous answer while a newer one
 * loads instead of going blank. It keeps it in state (adjusted while
 * rendering), not in a ref, so rendering stays pure.
 */
export function useLastDefined<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value)
  if (value !== undefined && value !== last) setLast(value)
  return value !== undefined ? value : last
}
