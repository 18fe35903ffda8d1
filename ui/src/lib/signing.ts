// Signing as the signer set in Settings: who that is, and the one question
// asked when nobody is set yet (which leads to Settings). The note on a
// participant's timeline and a group session's notes are signed this way.
import { api } from "./api";
import { confirmer } from "./confirm.svelte";
import { reportFailure } from "./failure.svelte";
import { t } from "./i18n";
import { nav } from "./nav.svelte";
import { signerOf } from "./notes";

/** "Jordan Peer, CPS" as set in Settings; null when nobody is set (Settings
 * has then been offered) or the settings could not be read (reported). */
export async function signerOrAsk(): Promise<string | null> {
  const settings = await api.getSettings().catch((e) => {
    reportFailure(e);
    return null;
  });
  if (!settings) return null;
  const signer = signerOf(settings.signer);
  if (!signer) await askForSigner();
  return signer;
}

/** Says a signer is needed first and offers Settings. */
export async function askForSigner(): Promise<void> {
  const go = await confirmer.ask(
    t("note-no-signer-title"),
    t("note-no-signer-message"),
    t("note-no-signer-confirm"),
    t("note-no-signer-cancel"),
    "primary",
  );
  if (go) await nav.go({ name: "settings", section: "signer" });
}
