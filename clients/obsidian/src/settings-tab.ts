// The settings tab: Obsidian's own controls over the plain settings in settings.ts. Each change is
// saved at once and the server re-checks open notes with it.
import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { WELCOME } from './first-run.js';
import type { RuleInfo } from './rule-list.js';
import { JURISDICTION_NAMES, PLATFORM_NAMES, setRuleEnabled, type ProbitySettings } from './settings.js';

export interface SettingsHost extends Plugin {
  settings: ProbitySettings;
  saveSettings(next: ProbitySettings): Promise<void>;
}

export class ProbitySettingTab extends PluginSettingTab {
  constructor(app: App, private readonly host: SettingsHost, private readonly rules: readonly RuleInfo[]) {
    super(app, host);
  }

  private save(patch: Partial<ProbitySettings>): Promise<void> {
    return this.host.saveSettings({ ...this.host.settings, ...patch });
  }

  override display(): void {
    const { containerEl: el } = this;
    const s = this.host.settings;
    el.empty();

    if (!s.welcomed) {
      new Setting(el).setName(WELCOME.title).setDesc(WELCOME.text).setHeading().setClass('probity-welcome');
      // Shown this once: the next visit opens straight onto the settings.
      void this.save({ welcomed: true });
    }

    new Setting(el).setName('Jurisdiction').setDesc('Whose guidance the checks and hover quotes follow. A note\'s front matter can override it.')
      .addDropdown((d) => d.addOptions(JURISDICTION_NAMES).setValue(s.jurisdiction)
        .onChange((v) => this.save({ jurisdiction: v as ProbitySettings['jurisdiction'] })));

    new Setting(el).setName('Platform').setDesc('Where your drafts are published. Short-post platforms split a note into a thread at lines holding only ---.')
      .addDropdown((d) => d.addOption('', 'From front matter (else blog)').addOptions(PLATFORM_NAMES).setValue(s.platform)
        .onChange((v) => this.save({ platform: v as ProbitySettings['platform'] })));

    new Setting(el).setName('Author').setDesc('Your name, for the credentials line.')
      .addText((t) => t.setPlaceholder('Dr Maya Chen').setValue(s.author).onChange((v) => this.save({ author: v })));

    new Setting(el).setName('Credentials').setDesc('Your role and qualifications, for the credentials line ("Written by <author>, <credentials>.").')
      .addText((t) => t.setPlaceholder('GP in Norwich').setValue(s.credentials).onChange((v) => this.save({ credentials: v })));

    new Setting(el).setName('Signposting text').setDesc('Replaces personalised advice. Leave empty for your jurisdiction\'s default.')
      .addTextArea((t) => t.setPlaceholder('I can\'t give personal medical advice here…').setValue(s.signposting)
        .onChange((v) => this.save({ signposting: v })));

    new Setting(el).setName('Interests').setDesc('One per line: your own brands, clinics, books, employers and paid ties, so the checks know what to ask a declaration for.')
      .addTextArea((t) => t.setValue(s.interests).onChange((v) => this.save({ interests: v })));

    new Setting(el).setName('Checks').setHeading();
    for (const rule of this.rules) {
      new Setting(el).setName(rule.title).setDesc(`${rule.id} (${rule.severity})`)
        .addToggle((t) => t.setValue(!this.host.settings.disabledRules.includes(rule.id))
          .onChange((on) => this.host.saveSettings(setRuleEnabled(this.host.settings, rule.id, on))));
    }
  }
}
