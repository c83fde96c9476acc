package vn.bhxh.tracker.system;

import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must follow the database's decision, e.g. ending sessions or deleting files: it runs
 * once the current transaction has committed (or rolled back), and at once when there is none.
 */
@NamedInterface(name = "api", propagate = false)
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /** Runs the action after the commit; never if the transaction rolls back. */
    public static void onCommit(Runnable action) {
        after(true, action);
    }

    /** Runs the action after a rollback; never if the transaction commits, nor without a transaction. */
    public static void onRollback(Runnable action) {
        after(false, action);
    }

    private static void after(boolean onCommit, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    action.run();
                }
            }
        });
    }
}
