import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Plain links (?year=…), so the filter works without JavaScript and each year has an address. */
export async function YearFilter({ slug, years, selected }: { slug: string; years: number[]; selected: number | "all" }) {
  const t = await getTranslations("billing.years");
  const choices: { value: number | "all"; label: string }[] = [
    ...years.map((year) => ({ value: year, label: String(year) })),
    { value: "all", label: t("all") },
  ];
  return (
    <nav aria-label={t("label")} className="mb-3">
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const current = choice.value === selected;
          return (
            <li key={choice.value}>
              <Link
                href={`/orgs/${encodeURIComponent(slug)}/billing?year=${choice.value}`}
                aria-current={current ? "page" : undefined}
                scroll={false}
                className={`inline-block rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 ${
                  current ? "border-indigo-700 bg-indigo-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                {choice.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
