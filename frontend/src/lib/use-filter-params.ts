import { useSearchParams } from 'react-router'

/**
 * useFilterParams reads a list's filters from the address and sets one at a
 * time: a value equal to its default leaves the parameter out, and the entry
 * is replaced, so filtering does not fill the history.
 */
export function useFilterParams(): [URLSearchParams, (name: string, value: string, fallback?: string) => void] {
  const [params, setParams] = useSearchParams()
  function setParam(name: string, value: string, fallback = '') {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value === fallback) next.delete(name)
        else next.set(name, value)
        return next
      },
      { replace: true },
    )
  }
  return [params, setParam]
}
