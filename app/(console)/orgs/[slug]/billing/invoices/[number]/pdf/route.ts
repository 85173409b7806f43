import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser, loginUrl } from "@/lib/auth/current-user";
import { invoicePdfHref } from "@/lib/billing/links";
import { renderInvoicePdf } from "@/lib/billing/pdf";
import { getInvoice } from "@/lib/billing/service";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

// The PDF of one invoice, drawn on each request from the database in the reader's
// language. The same answers as the pages: a signed-out visitor goes to /login (and
// back), a non-member gets 404, a member without billing:view 403.

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; number: string }> }) {
  const { slug, number } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(invoicePdfHref(slug, number)));
  const [t, tErrors, format] = await Promise.all([getTranslations("billing"), getTranslations("errors"), getFormatter()]);
  let detail;
  try {
    detail = await getInvoice(user.id, slug, number);
  } catch (error) {
    if (error instanceof NotFoundError) return plainText(tErrors("NOT_FOUND"), 404);
    if (error instanceof ForbiddenError) return plainText(tErrors("MISSING_PERMISSION"), 403);
    throw error;
  }
  const pdf = await renderInvoicePdf(detail, t, format);
  // The number is ours, but only these characters are ever put in a header.
  const filename = `${detail.invoice.number.replace(/[^A-Za-z0-9._-]/g, "_")}.pdf`;
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(pdf.byteLength),
      // An invoice's status changes; a cached copy would show the old one.
      "Cache-Control": "private, no-store",
    },
  });
}

function plainText(body: string, status: number): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
