import { apiRoute } from "@/lib/api/route";
import { listInvoices } from "@/lib/billing/service";

/** ?year=2026 filters the paid invoices, as on the billing page. */
export const GET = apiRoute<{ slug: string }>(async ({ actor, request, params }) => {
  const year = new URL(request.url).searchParams.get("year") ?? undefined;
  const { sections, years, year: shownYear } = await listInvoices(actor.userId, params.slug, { year });
  return { year: shownYear, years, ...sections };
});
