/** The service-credentials page of the guide (K1–K8): K3 details, the create/change form, live checks. */
package dev.thyrida.portal.credentials;
