/** Share links as plain URLs: no third-party script, no request until the visitor clicks. */
export interface ShareLink {
  label: string;
  href: string;
}

export function shareLinks(pageUrl: string, text: string, emailLabel: string): ShareLink[] {
  const url = encodeURIComponent(pageUrl);
  const message = encodeURIComponent(`${text} ${pageUrl}`);
  return [
    { label: emailLabel, href: `mailto:?subject=${encodeURIComponent(text)}&body=${message}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${message}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}` },
    { label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
  ];
}
