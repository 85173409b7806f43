const variants = {
  primary: "bg-indigo-700 text-white hover:bg-indigo-800 focus-visible:outline-indigo-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline-indigo-700",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
  ghost: "text-slate-700 hover:bg-slate-100 focus-visible:outline-indigo-700",
} as const;

export type ButtonVariant = keyof typeof variants;

/** The classes of a button, for <button> and for links that look like one (server or client). */
export function buttonClass(variant: ButtonVariant = "primary", size: "sm" | "md" = "md") {
  return `inline-flex items-center justify-center gap-2 rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60 ${
    size === "sm" ? "px-2.5 py-1.5 text-xs" : "px-4 py-2 text-sm"
  } ${variants[variant]}`;
}

