package io.github.wlanapi4j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every contract suite shares: the {@link Binding} it runs with (each suite is a
 * {@code @ParameterizedClass} over them), a fresh backend per test, and the backend's invariants
 * checked once its threads are done, and the backend released, after each test (after the
 * suite's own clean-up).
 */
abstract class ContractSuite {
    final Binding binding;
    Backend backend;
    WlanApi api;

    ContractSuite(Binding binding) {
        this.binding = binding;
    }

    @BeforeEach
    final void startBackend() {
        backend = binding.newBackend();
        api = binding.api(backend);
    }

    @AfterEach
    final void checkBackend() {
        backend.await(Counter.THREADS_RUNNING, 0); // the service's threads are done
        backend.assertInvariants();
        backend.close();
    }
}
