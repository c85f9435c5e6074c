import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("web, webhook and backup configuration", () => {
  it("listens on 127.0.0.1:8080 with the web server on by default, and WEB_ENABLED=false turns it off", () => {
    const c = loadConfig({}, "/srv/rembug");
    expect([c.WEB_ENABLED, c.WEB_HOST, c.WEB_PORT]).toEqual([true, "127.0.0.1", 8080]);
    expect(loadConfig({ WEB_ENABLED: "false" }).WEB_ENABLED).toBe(false);
  });

  it("refuses a webhook URL without its secret, naming the key", () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "https://rembug.example.id/tg" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it("refuses webhook mode with the web server turned off", () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "https://rembug.example.id/tg", TELEGRAM_WEBHOOK_SECRET: "a".repeat(32), WEB_ENABLED: "false" })).toThrow(/WEB_ENABLED/);
  });

  it("refuses a short metrics token or a secret Telegram would reject", () => {
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "https://rembug.example.id/tg", TELEGRAM_WEBHOOK_SECRET: "has spaces in it, not allowed" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it("resolves BACKUP_DIR against the working directory", () => {
    expect(loadConfig({ BACKUP_DIR: "backups" }, "/srv/rembug").backupDir).toBe("/srv/rembug/backups");
    expect(loadConfig({}, "/srv/rembug").backupDir).toBeUndefined();
  });
});
