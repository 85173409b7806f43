import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, EmptyState, PageHeader } from "@/components/ui/page";
import { listAddOns } from "@/lib/addons/service";
import { requireUser } from "@/lib/auth/current-user";
import { loadPage } from "@/lib/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("addons"))("title") };
}

export default async function AddOnsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const data = await loadPage(() => listAddOns(user.id, slug));
  const [t, tApplications, format] = await Promise.all([getTranslations("addons"), getTranslations("applications"), getFormatter()]);
  // Add-ons run in the same regions as applications: one list of region names.
  const region = (code: string) => (tApplications.has(`regions.${code}`) ? tApplications(`regions.${code}`) : code);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { count: data.addOns.length, organisation: data.organisation.name })} />
      {data.addOns.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("caption", { organisation: data.organisation.name })}
          columns={[t("columns.name"), t("columns.provider"), t("columns.plan"), t("columns.region"), t("columns.created")]}
        >
          {data.addOns.map((addOn) => (
            <tr key={addOn.id}>
              <th scope="row" className="px-4 py-2 text-left font-medium">{addOn.name}</th>
              <td className="px-4 py-2">{t(`providers.${addOn.provider}`)}</td>
              <td className="px-4 py-2">{addOn.plan}</td>
              <td className="px-4 py-2">{region(addOn.region)}</td>
              <td className="whitespace-nowrap px-4 py-2">
                <time dateTime={addOn.createdAt.toISOString()}>{format.dateTime(addOn.createdAt, { dateStyle: "medium" })}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
