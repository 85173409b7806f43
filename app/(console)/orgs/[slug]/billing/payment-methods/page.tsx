import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { BillingDetailsForm } from "@/components/billing/billing-details-form";
import { PaymentMethodActions } from "@/components/billing/payment-method-actions";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { listPaymentMethods } from "@/lib/billing/service";
import { loadPage } from "@/lib/page-guard";
import { removePaymentMethodAction, setDefaultPaymentMethodAction, updateBillingDetailsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing.paymentMethods"))("title") };
}

const KNOWN_BRANDS = new Set(["visa", "mastercard", "amex"]);

export default async function PaymentMethodsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const { organisation, paymentMethods, billingDetails } = await loadPage(() => listPaymentMethods(user.id, slug));
  const [t, format] = await Promise.all([getTranslations("billing"), getFormatter()]);
  const expiry = (month: number, year: number) => format.dateTime(new Date(Date.UTC(year, month - 1, 1)), { month: "2-digit", year: "numeric" });
  const setDefault = setDefaultPaymentMethodAction.bind(null, slug);
  const remove = removePaymentMethodAction.bind(null, slug);
  return (
    <>
      <Link href={`/orgs/${slug}/billing`} className="text-sm text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
        ← {t("paymentMethods.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("paymentMethods.title")} description={t("paymentMethods.description")} />
      </div>
      <div className="space-y-6">
        <Card title={t("paymentMethods.cardsTitle")}>
          {paymentMethods.length === 0 ? (
            <EmptyState>{t("paymentMethods.empty")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200" aria-label={t("paymentMethods.listLabel", { organisation: organisation.name })}>
              {paymentMethods.map((method) => {
                const brand = KNOWN_BRANDS.has(method.brand) ? t(`brands.${method.brand}`) : t("brands.other");
                const card = t("paymentMethods.card", { brand, last4: method.last4 });
                const date = expiry(method.expMonth, method.expYear);
                return (
                  <li key={method.id} className="flex flex-wrap items-start justify-between gap-4 py-4 first:pt-0 last:pb-0">
                    <div className="space-y-1">
                      <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                        <span className="sr-only">{card}</span>
                        <span aria-hidden="true">
                          {brand} <span className="tracking-widest">••••</span> {method.last4}
                        </span>
                        {method.isDefault ? <Badge tone="success">{t("paymentMethods.default")}</Badge> : null}
                        {method.expired ? <Badge tone="danger">{t("paymentMethods.expired")}</Badge> : null}
                      </p>
                      <p className={`text-sm ${method.expired ? "text-red-800" : "text-slate-600"}`}>
                        {method.expired ? t("paymentMethods.expiredOn", { date }) : t("paymentMethods.expires", { date })}
                      </p>
                      <p className="text-sm text-slate-600">{t("paymentMethods.holder", { name: method.holderName })}</p>
                    </div>
                    <PaymentMethodActions
                      paymentMethodId={method.id}
                      card={card}
                      isDefault={method.isDefault}
                      canMakeDefault={method.setDefault.allowed}
                      canRemove={method.removal.allowed}
                      makeDefault={setDefault}
                      remove={remove}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        <Card title={t("details.title")}>
          <p className="mb-4 text-sm text-slate-600">{t("details.description", { organisation: organisation.name })}</p>
          <BillingDetailsForm action={updateBillingDetailsAction.bind(null, slug)} details={billingDetails} />
        </Card>
      </div>
    </>
  );
}
