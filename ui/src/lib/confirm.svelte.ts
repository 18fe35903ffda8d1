// Asking before something is deleted or replaced, in the app's own dialog (rendered by
// the shell), as a promise: `if (await confirmer.ask(...)) …`.
interface Request {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  resolve: (ok: boolean) => void;
}

class Confirmer {
  request = $state<Request | null>(null);

  ask(title: string, message: string, confirmLabel = "Delete", cancelLabel = "Keep it"): Promise<boolean> {
    this.request?.resolve(false);
    return new Promise((resolve) => {
      this.request = { title, message, confirmLabel, cancelLabel, resolve };
    });
  }

  answer(ok: boolean) {
    const r = this.request;
    this.request = null;
    r?.resolve(ok);
  }
}

export const confirmer = new Confirmer();
