/** FormAlert is the form's own error (what no single field explains), announced when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div className="form-error" role="alert">
      {message}
    </div>
  )
}
