import type { BadgeTone } from "@/components/ui/page";
import type { ApplicationStatus, DeploymentStatus } from "@/lib/generated/prisma/enums";

// The colour each status is shown in, wherever applications and deployments appear.
export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, BadgeTone> = {
  RUNNING: "success",
  STOPPED: "neutral",
  DEPLOYING: "info",
  FAILED: "danger",
};

export const DEPLOYMENT_STATUS_TONES: Record<DeploymentStatus, BadgeTone> = {
  RUNNING: "info",
  SUCCEEDED: "success",
  FAILED: "danger",
};
