package it.modulistica.app.mail;

import java.util.UUID;

/**
 * Told when a mail server has accepted a job's e-mail, before the job is marked sent. A failure
 * here leaves the job to the lease recovery, exactly like a node that stops at this point.
 */
@FunctionalInterface
interface HandOverObserver {

    void handedOver(UUID jobId);
}
