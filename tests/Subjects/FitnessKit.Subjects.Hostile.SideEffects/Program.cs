using System.Reflection;
using FitnessKit.Subjects.Hostile.SideEffects;

[assembly: Tripping]

// Run only by the control test, in a child process: touching each tripwire must write its marker file.
GuardedState.Touch();
_ = typeof(GuardedState).GetCustomAttributes(inherit: false);
_ = Assembly.GetExecutingAssembly().GetCustomAttributes(inherit: false);
