/**
 * Tenancy and access: organizations, workspaces, users with a role per workspace,
 * invitations to join, API tokens and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace", allowedDependencies = "shared")
package io.peakxm.workspace;
