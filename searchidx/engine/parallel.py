"""Whoosh's multiprocess writer, made to fail when one of its processes dies.

Large batches are written by Whoosh's ``MpWriter``: the parent hands files
of documents to writer processes through a bounded queue, and at commit
gathers the segment each one wrote. As released it does not look at them:

- a process that dies (killed, out of memory, an error) takes the
  documents it had read with it, and the commit goes on without them: the
  write reports success and the releases are missing;
- when every process has died, the parent blocks for ever putting the next
  file on the full queue, holding the write lock;
- ``cancel`` only flags the processes in the parent's memory, so the ones
  still running wait for work for ever.

Here the parent puts with a timeout and looks at the processes' exit codes
while it waits, and again before the commit gathers their segments; a dead
one fails the write (``WriterProcessDied``) before the table of contents
is written, so the last commit stands. Cancelling ends the processes.
"""

from __future__ import annotations

import pickle
import queue

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name
from whoosh.writing import SegmentWriter

from . import term_pool

# How long a put on the full job queue, or a wait for a finished process's
# segment, goes before the processes are looked at again.
_LOOK_EVERY_S = 1.0
# A finished process has put its segment before exiting; it is read within
# this long or the process is taken for lost.
_RESULT_WAIT_S = 30.0
# A cancelled process is given this long to end before it is killed.
_END_WAIT_S = 5.0


class WriterProcessDied(RuntimeError):
    """A writer process ended without writing its part: nothing is committed."""


class _WriterTask(SubWriterTask):
    """Whoosh's writer process, which ends once it has written its segment."""

    def run(self) -> None:
        term_pool.keep_pools_until_exit()
        super().run()


class CheckedMpWriter(MpWriter):
    """``MpWriter`` that fails, never commits without a process's documents."""

    def _new_task(self) -> _WriterTask:
        # MpWriter._new_task, with our process class.
        task = _WriterTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task

    def _put(self, job) -> None:
        while True:
            try:
                self.jobqueue.put(job, timeout=_LOOK_EVERY_S)
                return
            except queue.Full:
                self._check_processes()

    def _check_processes(self) -> None:
        """Raise WriterProcessDied if a writer process ended with an error."""
        for number, task in enumerate(self.tasks, 1):
            if task.exitcode not in (None, 0):
                raise WriterProcessDied(
                    f"writer process {number} of {len(self.tasks)} died "
                    f"(exit code {task.exitcode})"
                )

    def _enqueue(self) -> None:
        # MpWriter._enqueue, but for the put (see the module's docstring).
        filename = f"{random_name()}.doclist"
        with self.temp_storage().create_file(filename).raw_file() as file:
            for item in self.docbuffer:
                pickle.dump(item, file, 2)
        if len(self.tasks) < self.procs:
            self._new_task()
        self._put((filename, len(self.docbuffer)))
        self.docbuffer = []

    def _commit(self, mergetype, optimize, merge) -> None:
        # MpWriter._commit with the processes looked at before their
        # segments are gathered and the table of contents written.
        if self.docbuffer:
            self._enqueue()
        for _ in self.tasks:
            self._put(None)  # each process finishes its segment
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        for task in self.tasks:
            while task.is_alive():
                task.join(_LOOK_EVERY_S)
                self._check_processes()
        self._check_processes()
        results = []
        for number, _ in enumerate(self.tasks, 1):
            try:
                results.append(self.resultqueue.get(timeout=_RESULT_WAIT_S))
            except queue.Empty:
                raise WriterProcessDied(
                    f"writer process {number} of {len(self.tasks)} ended "
                    "without its segment"
                ) from None
        if self.multisegment:
            finalsegments += [segment for _, _, segment in results]
            if self._added:
                finalsegments.append(self._finalize_segment())
            else:
                self._close_segment()
        else:
            self._merge_subsegments(results, mergetype)
            self._close_segment()
            self._assemble_segment()
            finalsegments.append(self.get_segment())
        self._commit_toc(finalsegments)
        self._finish()

    def cancel(self) -> None:
        """Cancel the write and end its processes (their files are left to the
        next open's clean-up, as a killed writer's are)."""
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                task.join(_END_WAIT_S)
                if task.is_alive():
                    task.kill()
                    task.join()
        finally:
            SegmentWriter.cancel(self)
