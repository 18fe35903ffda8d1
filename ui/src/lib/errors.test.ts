import { afterEach, describe, expect, it } from "vitest";
import { fieldOf, friendly, isApiError, toApiError } from "./errors";
import { language } from "./i18n";

afterEach(() => {
  language.value = "en";
});

describe("errors from the shell", () => {
  it("recognises the { code, message } shape", () => {
    expect(isApiError({ code: "locked", message: "x" })).toBe(true);
    expect(isApiError("invalid args")).toBe(false);
    expect(isApiError({ code: 1, message: "x" })).toBe(false);
  });

  it("turns Tauri's own string errors into a calm generic one", () => {
    const e = toApiError("invalid args `input` for command `log_contact`");
    expect(e.code).toBe("internal");
    expect(e.message).not.toContain("log_contact");
  });

  it("finds the field a validation error is about", () => {
    expect(fieldOf({ code: "invalid.duration_minutes", message: "" })).toBe("duration_minutes");
    expect(fieldOf({ code: "wrong_passphrase", message: "" })).toBeNull();
  });

  it("says wrong passphrase clearly, and passes core's messages through as sentences", () => {
    expect(friendly({ code: "wrong_passphrase", message: "the passphrase is not right" })).toMatch(
      /didn't open Peerlog/,
    );
    expect(
      friendly({ code: "invalid.duration_minutes", message: "Duration minutes: must be between 1 and 720" }),
    ).toBe("Duration minutes: must be between 1 and 720.");
    expect(friendly({ code: "io", message: " " })).toBe("Something went wrong. Nothing was changed.");
  });

  it("speaks Spanish, and shows the shell's own message as it came", () => {
    language.value = "es";
    expect(friendly({ code: "wrong_passphrase", message: "the passphrase is not right" })).toBe(
      "Esa frase de contraseña no abrió Peerlog. Revise Bloq Mayús e intente de nuevo.",
    );
    expect(toApiError("invalid args").message).toBe("Algo salió mal dentro de Peerlog. No se cambió nada.");
    expect(friendly({ code: "io", message: "" })).toBe("Algo salió mal. No se cambió nada.");
    expect(friendly({ code: "invalid.duration_minutes", message: "Minutos de duración: entre 1 y 720" })).toBe(
      "Minutos de duración: entre 1 y 720.",
    );
  });
});
