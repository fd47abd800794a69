-- Payments' own migration scripts, embedded and run by DbUp at start-up beside the EF Core model: a table the model does
-- not map, and a view over it and the model's payments.payments. All of it is Payments': the check stays quiet.
CREATE TABLE payments.payment_attempts
(
    id         uniqueidentifier NOT NULL PRIMARY KEY,
    payment_id uniqueidentifier NOT NULL,
    tried_at   datetime2        NOT NULL,
    succeeded  bit              NOT NULL
);
GO

CREATE VIEW payments.v_failed_attempts
AS
SELECT a.payment_id, COUNT(*) AS failures
FROM payments.payment_attempts AS a
JOIN payments.payments AS p ON p.Id = a.payment_id
WHERE a.succeeded = 0
GROUP BY a.payment_id;
GO
