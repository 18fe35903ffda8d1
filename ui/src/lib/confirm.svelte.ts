// Asking before something is deleted or replaced, in the app's own dialog (rendered by
// the shell), as a promise: `if (await confirmer.ask(...)) …`. The texts come
// in the peer's language from the caller; without labels, the dialog shows
// its own "Delete" and "Keep it". The answer that goes ahead looks dangerous
// unless the caller says it is a step forward ("primary": sign a note, open
// Settings).
export type ConfirmTone = "danger" | "primary";

interface Request {
  title: string;
  message: string;
  confirmLabel?: string;
  cancelLabel?: string;
  tone: ConfirmTone;
  resolve: (ok: boolean) => void;
}

class Confirmer {
  request = $state<Request | null>(null);

  ask(
    title: string,
    message: string,
    confirmLabel?: string,
    cancelLabel?: string,
    tone: ConfirmTone = "danger",
  ): Promise<boolean> {
    this.request?.resolve(false);
    return new Promise((resolve) => {
      this.request = { title, message, confirmLabel, cancelLabel, tone, resolve };
    });
  }

  answer(ok: boolean) {
    const r = this.request;
    this.request = null;
    r?.resolve(ok);
  }
}

export const confirmer = new Confirmer();
