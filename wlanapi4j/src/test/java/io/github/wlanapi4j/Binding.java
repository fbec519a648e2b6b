package io.github.wlanapi4j;

/** The backends and bindings the contract suites run against: each suite is a class parameterized over them. */
enum Binding {
    /** The C stand-in, through the library's default binding (JNA direct mapping). */
    DIRECT {
        @Override
        Backend newBackend() {
            return StandIn.require();
        }

        @Override
        WlanApi api(Backend backend) {
            return backend.directBinding();
        }
    },
    /** The C stand-in, through {@link WlanApi} as a JNA interface mapping. */
    INTERFACE {
        @Override
        Backend newBackend() {
            return StandIn.require();
        }

        @Override
        WlanApi api(Backend backend) {
            return backend.interfaceBinding();
        }
    },
    /** The pure-Java simulator: the same contract, so it cannot drift from the native behaviour. */
    SIMULATED {
        @Override
        Backend newBackend() {
            return new SimulatorBackend();
        }

        @Override
        WlanApi api(Backend backend) {
            return backend.directBinding();
        }
    };

    abstract Backend newBackend();

    abstract WlanApi api(Backend backend);
}
