import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/page";
import type { InvoiceStatus, InvoiceType } from "@/lib/generated/prisma/enums";

// Colour follows what the reader must do: red when payment failed, amber while money
// is owed or held, green once paid; closed without payment stays neutral.
const TONES: Record<InvoiceStatus, BadgeTone> = {
  PENDING: "warning",
  WONTPAY: "danger",
  PROCESSING: "info",
  PAYMENTHELD: "warning",
  PAID: "success",
  CANCELED: "neutral",
  REFUNDED: "neutral",
};

export async function InvoiceStatusBadge({ status, type }: { status: InvoiceStatus; type: InvoiceType }) {
  const t = await getTranslations("billing");
  return <Badge tone={TONES[status]}>{t(`status.${status}`, { type })}</Badge>;
}
