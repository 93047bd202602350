from . import test_install
from . import test_security
from . import test_ledger
from . import test_mapping
from . import test_project
from . import test_run_queue
from . import test_run_concurrency
from . import test_rollback
