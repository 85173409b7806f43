import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/form";
import { Card, DataTable, EmptyState, PageHeader } from "@/components/ui/page";
import { TOKEN_LIFETIMES_DAYS } from "@/lib/api-tokens/schema";
import { listApiTokens } from "@/lib/api-tokens/service";
import { requireUser } from "@/lib/auth/current-user";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [tokens, t, format] = await Promise.all([listApiTokens(user.id), getTranslations("account"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <PageHeader title={t("title")} description={t("signedInAs", { name: user.name, email: user.email })} />
      <Card title={t("tokens.title")}>
        <p className="mb-4 text-sm text-slate-700">{t("tokens.description")}</p>
        <CreateTokenForm action={createApiTokenAction} lifetimes={TOKEN_LIFETIMES_DAYS} />
        <div className="mt-6">
          {tokens.length === 0 ? (
            <EmptyState>{t("tokens.none")}</EmptyState>
          ) : (
            <DataTable
              caption={t("tokens.title")}
              columns={[t("tokens.name"), t("tokens.prefix"), t("tokens.expires"), t("tokens.lastUsed"), { label: t("tokens.actions"), srOnly: true }]}
            >
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td className="px-4 py-2">{token.name}</td>
                  <td className="px-4 py-2 font-mono text-xs">{token.prefix}…</td>
                  <td className="px-4 py-2">{token.expiresAt <= new Date() ? t("tokens.expired") : date(token.expiresAt)}</td>
                  <td className="px-4 py-2">{token.lastUsedAt ? date(token.lastUsedAt) : t("tokens.neverUsed")}</td>
                  <td className="px-4 py-2 text-right">
                    <ActionForm action={revokeApiTokenAction} aria-label={t("tokens.revokeNamed", { name: token.name })}>
                      <HiddenField name="tokenId" value={token.id} />
                      <SubmitButton variant="ghost" size="sm" pendingLabel={t("tokens.revoking")}>
                        {t("tokens.revoke")}
                      </SubmitButton>
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </div>
      </Card>
    </main>
  );
}
