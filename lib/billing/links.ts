// Where an invoice and its PDF live, for every link to them.
export function invoiceHref(slug: string, number: string): string {
  return `/orgs/${encodeURIComponent(slug)}/billing/invoices/${encodeURIComponent(number)}`;
}

export function invoicePdfHref(slug: string, number: string): string {
  return `${invoiceHref(slug, number)}/pdf`;
}
