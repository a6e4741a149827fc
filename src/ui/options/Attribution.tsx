/** Credits for the data sources (with the notices their terms require) and the privacy statement. */
import { ExternalLink } from '../components/Profile';

export const MITRE_NOTICE = '© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.';

export function Attribution() {
  return (
    <section class="o-section" data-testid="attribution" aria-labelledby="o-attr-h">
      <h2 id="o-attr-h">Sources and attribution</h2>
      <p>
        Names, aliases and descriptions come from public sources, merged and reviewed for this extension.
        Summaries are written in our own words; every profile links to its references.
      </p>

      <h3>MITRE ATT&amp;CK®</h3>
      <p class="o-notice" data-testid="mitre-notice">{MITRE_NOTICE}</p>
      <p>
        Threat group names, aliases and ids from{' '}
        <ExternalLink href="https://attack.mitre.org/">MITRE ATT&amp;CK</ExternalLink>. See the{' '}
        <ExternalLink href="https://attack.mitre.org/resources/legal-and-branding/terms-of-use/">ATT&amp;CK terms of use</ExternalLink>.
        ATT&amp;CK is a registered trademark of The MITRE Corporation.
      </p>

      <h3>Microsoft threat actor naming</h3>
      <p>
        The mapping of Microsoft’s weather-themed names to other vendors’ names is from{' '}
        <ExternalLink href="https://github.com/microsoft/mstic">Microsoft Threat Intelligence (microsoft/mstic)</ExternalLink>,
        licensed under{' '}
        <ExternalLink href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 (CC BY 4.0)</ExternalLink>.
        The data was reformatted and merged with other sources.
      </p>

      <h3>MISP galaxy</h3>
      <p>
        Threat actor clusters from the{' '}
        <ExternalLink href="https://github.com/MISP/misp-galaxy">MISP galaxy</ExternalLink> project,
        available under CC0 1.0 and the BSD 2-Clause licence.
      </p>

      <h3>Agencies, spyware vendors and products</h3>
      <p>Written for this extension from the public reporting cited in each profile.</p>

      <h3 id="o-privacy-h">Privacy</h3>
      <p data-testid="privacy">
        The text of the pages you read never leaves your browser: names are found locally, on your device.
        Threat Context sends no analytics and no page content anywhere. The only network request it can make is a
        dataset update that you configure yourself.
      </p>
    </section>
  );
}
