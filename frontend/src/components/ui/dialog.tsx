import { type ReactNode, useState } from 'react'
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { Button, type ButtonVariant } from './button'
import { focusHeadingIfLost } from './focus'

interface ModalFrameProps {
  title: string
  role?: 'dialog' | 'alertdialog'
  isDismissable?: boolean
  children: ReactNode
}

/** ModalFrame is a modal dialog: focus moves in, stays in, and returns to the trigger on close. */
export function ModalFrame({ title, role = 'dialog', isDismissable = true, children }: ModalFrameProps) {
  return (
    <ModalOverlay className="modal-overlay" isDismissable={isDismissable} isKeyboardDismissDisabled={!isDismissable}>
      <Modal className="modal">
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}

interface ConfirmButtonProps {
  /** The text of the button that opens the confirmation. */
  label: string
  variant?: ButtonVariant
  isDisabled?: boolean
  title: string
  /** What will happen, and that it cannot be undone. */
  description: ReactNode
  confirmLabel: string
  /** Runs the step; resolve false to keep the dialog open (the step failed). */
  onConfirm: () => Promise<boolean | void>
}

/**
 * ConfirmButton asks before an irreversible step (submit, release, accept, decide).
 * The focus lands on the dialog itself, so its title and description are read
 * first and pressing Enter twice cannot take the step unseen.
 */
export function ConfirmButton({ label, variant = 'primary', isDisabled, title, description, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)

  async function confirm() {
    setPending(true)
    try {
      const ok = await onConfirm()
      if (ok !== false) {
        setOpen(false)
        focusHeadingIfLost()
      }
    } finally {
      setPending(false)
    }
  }

  return (
    <DialogTrigger isOpen={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <Button variant={variant} isDisabled={isDisabled}>
        {label}
      </Button>
      <ModalFrame title={title} role="alertdialog" isDismissable={!pending}>
        <div className="dialog-body">{description}</div>
        <div className="dialog-actions">
          <Button variant="secondary" onPress={() => setOpen(false)} isDisabled={pending}>
            {t('app.cancel')}
          </Button>
          <Button variant={variant === 'danger' ? 'danger' : 'primary'} onPress={() => void confirm()} isPending={pending}>
            {confirmLabel}
          </Button>
        </div>
      </ModalFrame>
    </DialogTrigger>
  )
}

interface FormDialogProps {
  label: string
  variant?: ButtonVariant
  isDisabled?: boolean
  title: string
  /** The form; call close() after a successful submit. */
  children: (close: () => void) => ReactNode
}

/** FormDialog opens a form (a note, a reason) in a modal dialog. */
export function FormDialog({ label, variant = 'secondary', isDisabled, title, children }: FormDialogProps) {
  const [open, setOpen] = useState(false)
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button variant={variant} isDisabled={isDisabled}>
        {label}
      </Button>
      <ModalFrame title={title}>
        {children(() => {
          setOpen(false)
          focusHeadingIfLost()
        })}
      </ModalFrame>
    </DialogTrigger>
  )
}
