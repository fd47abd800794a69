using System.Runtime.CompilerServices;

// The worker was let in "just for the nightly job": another context now holds Legacy's DbContext (FK008).
[assembly: InternalsVisibleTo("FitnessKit.Subjects.Data.Worker")]
