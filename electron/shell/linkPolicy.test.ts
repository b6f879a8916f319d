import { describe, expect, it } from 'vitest';
import { linkDecision } from './linkPolicy';

describe('linkDecision', () => {
  it('opens https addresses on the known hosts and their subdomains', () => {
    for (const url of [
      'https://lovdata.no/dokument/NL/lov/1992-07-17-100',
      'https://www.bufdir.no/vold/',
      'https://dinutvei.no',
      'https://www.regjeringen.no/no/dokumenter/',
      'https://WWW.Politiet.NO/',
      'https://rvts.no/',
      'https://www.rvts-nord.rvts.no/',
    ]) {
      expect(linkDecision(url), url).toBe('open');
    }
  });

  it('asks first for every other web or mail address, including look-alikes of known hosts', () => {
    for (const url of [
      'https://evil.example/',
      'https://lovdata.no.evil.example/',
      'https://evillovdata.no/',
      'https://lovdata.no:8443/',
      'https://user:pass@lovdata.no/',
      'http://lovdata.no/',
      'https://xn--lovdta-8wa.no/',
      'mailto:koordinator@kommune.no',
    ]) {
      expect(linkDecision(url), url).toBe('ask');
    }
  });

  it('never opens other schemes or what does not parse', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:x',
      'not a url',
      '',
    ]) {
      expect(linkDecision(url), url).toBe('refuse');
    }
  });
});
